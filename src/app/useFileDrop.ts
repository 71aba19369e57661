// Files or a folder dropped anywhere on the page: kept for the import (dropped.ts, loaded with the drop) and `onDrop`
// called to open the view that imports them. A drop on the import's own drop zone is its own.
import { useEffect } from 'react';
import { takeDrop } from './drop-entries.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function useFileDrop(onDrop: () => void): void {
  useEffect(() => {
    // Without this the browser would open a dropped file in place of the page.
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      const taken = takeDrop(event.dataTransfer);
      void import('./dropped.ts').then(({ keepDrop }) => {
        keepDrop(taken);
        onDrop();
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
}
