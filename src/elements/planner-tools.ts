/** The planner's file and link tools, and the notices that explain what happened to the reader's data. */
import { h } from './dom';

export interface ToolParts {
  root: HTMLElement;
  exportButton: HTMLButtonElement;
  importInput: HTMLInputElement;
  shareButton: HTMLButtonElement;
  shareOutput: HTMLInputElement;
  shareRow: HTMLElement;
  printButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  resetConfirm: HTMLElement;
  resetYes: HTMLButtonElement;
  resetNo: HTMLButtonElement;
  message: HTMLElement;
}

export function buildTools(id: string): ToolParts {
  const button = (text: string, cls = '') => h('button', { type: 'button', class: cls }, text) as HTMLButtonElement;
  const importInput = h('input', {
    type: 'file',
    id: `${id}-import`,
    accept: '.json,application/json',
    class: 'file',
  }) as HTMLInputElement;
  const shareOutput = h('input', {
    type: 'text',
    readonly: true,
    id: `${id}-share`,
    'aria-label': 'Share link to this plan',
  }) as HTMLInputElement;
  const parts: ToolParts = {
    exportButton: button('Export plan (file)'),
    importInput,
    shareButton: button('Copy share link'),
    shareOutput,
    shareRow: h('div', { class: 'share-row', hidden: true }, shareOutput),
    printButton: button('Print plan'),
    resetButton: button('Reset plan…', 'secondary'),
    resetYes: button('Yes, reset my plan', 'danger'),
    resetNo: button('Keep my plan', 'secondary'),
    resetConfirm: h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': `${id}-reset-q` }),
    message: h('p', { class: 'message', role: 'status' }),
    root: h('div'),
  };
  parts.resetConfirm.append(
    h(
      'p',
      { id: `${id}-reset-q` },
      'Reset clears every status and setting on this device. Files you exported are not affected.',
    ),
    parts.resetYes,
    parts.resetNo,
  );
  parts.root = h(
    'div',
    { class: 'tools' },
    h('h3', {}, 'Keep, move or share your plan'),
    h(
      'p',
      { class: 'hint' },
      'Your plan is kept only in this browser. Export it to move it to another device, or share a link that carries it.',
    ),
    h(
      'div',
      { class: 'row' },
      parts.exportButton,
      h('label', { class: 'file-label', for: `${id}-import` }, 'Import a plan file'),
      importInput,
      parts.shareButton,
      parts.printButton,
      parts.resetButton,
    ),
    parts.shareRow,
    parts.resetConfirm,
    parts.message,
  );
  return parts;
}

/** Offers a plan from a link or a file: load it, merge it, or leave the current plan as it is. */
export function offer(
  container: HTMLElement,
  text: string,
  choices: { replace: () => void; merge: () => void; dismiss: () => void },
): void {
  const b = (label: string, run: () => void, cls = '') => {
    const el = h('button', { type: 'button', class: cls }, label);
    el.addEventListener('click', () => {
      container.hidden = true;
      container.replaceChildren();
      run();
    });
    return el;
  };
  container.replaceChildren(
    h('p', {}, text),
    h(
      'div',
      { class: 'row' },
      b('Load it (replaces my plan)', choices.replace),
      b('Merge it into my plan', choices.merge),
      b('Not now', choices.dismiss, 'secondary'),
    ),
  );
  container.hidden = false;
}

/** Saves text as a file through a temporary link; nothing leaves the device. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
