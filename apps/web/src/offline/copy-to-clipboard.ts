/**
 * Copies `text` for the pupil: the clipboard API where the browser allows it (https or
 * localhost), otherwise the text in `field` is selected so Ctrl+C copies it (a school
 * server reached by its plain http address has no clipboard API).
 */
export async function copyToClipboard(text: string, field: HTMLTextAreaElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!field) return 'selected';
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
    try {
      // Older, but still copies the selection in every browser pupils have.
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // Selected is enough: the pupil presses Ctrl+C.
    }
    return 'selected';
  }
}
