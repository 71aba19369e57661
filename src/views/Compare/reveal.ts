// Scrolling a compare column, not the page, to show a passage: hovering one passage must not move what is under the
// pointer, so only the other column's own scroll moves.
const smooth = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Centres the element in its scrolling column when it is out of sight there; with `page`, the page may scroll too. */
export function revealInColumn(element: HTMLElement, { page = false } = {}): void {
  const column = element.closest<HTMLElement>('[data-column]');
  if (column && column.scrollHeight > column.clientHeight) {
    const box = element.getBoundingClientRect();
    const frame = column.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) {
      column.scrollTo({
        top: column.scrollTop + box.top - frame.top - (column.clientHeight - box.height) / 2,
        behavior: smooth() ? 'smooth' : 'auto',
      });
    }
  }
  if (page) element.scrollIntoView({ block: 'nearest', behavior: smooth() ? 'smooth' : 'auto' });
}
