// An outlet's name, which is often a host name, may break after its dots, never inside a word ("news.<wbr>example.<wbr>com",
// not "news.exampl/e.com"); its container must not break words anywhere (`overflow-wrap: break-word`, not the
// page's `anywhere`), or a table would still squeeze the column to a letter's width.
import { balanceBidi } from './bidi.ts';

export function BreakAtDots({ text }: { text: string }) {
  return text.split(/(?<=\.)/).map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {balanceBidi(part)}
    </span>
  ));
}
