// Progressive enhancement for "Cite this figure": reveals each copy button and copies the text of the
// element its data-copy names, then says so in the words of the data-copied (or data-copy-failed)
// attribute of the nearest element that has one. Without JavaScript the buttons stay hidden and the
// text stays selectable.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  const words = button.closest<HTMLElement>('[data-copied]')?.dataset;
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let message = words?.copied ?? '';
    try {
      await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
    } catch {
      getSelection()?.selectAllChildren(source);
      message = words?.copyFailed ?? '';
    }
    if (status) status.textContent = message;
  });
}
