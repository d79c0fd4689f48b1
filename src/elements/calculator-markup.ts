/**
 * The whole calculator as drawn for one input, from one function: the element draws
 * it with DOM nodes when it upgrades, and the build draws the same thing as HTML
 * (server-render.ts) into the page's declarative shadow root, so the space the
 * calculator takes before it upgrades is its own layout, at every width.
 */
import { FIELD_TEXT } from '../lib/salary/field-text';
import type { Field, FieldName, NumberField, NumberName } from '../lib/salary/fields';
import type { Estimate, SalaryInput } from '../lib/salary/types';
import { consultingOnly, fields, noteShown } from './calculator-form';
import { comparisonText, summaryMarkup } from './calculator-view';
import { h, type Make } from './dom';
import { ID, PANEL_SUMMARY, guideLink } from './refs';

/** The form for `input`: its controls set, the parts its mode does not use marked as such. */
function formMarkup<N>(h: Make<N>, id: string, input: SalaryInput): N {
  const field = (f: Field): N => {
    const fid = `${id}-${f.name}`;
    const { label, unusedNote } = FIELD_TEXT[f.name as FieldName];
    const note = h(
      'span',
      { class: 'hint', id: `${fid}-note`, hidden: !noteShown(f, input.mode, unusedNote) },
      unusedNote ?? '',
    );
    const unused = f.moves.includes(input.mode) ? '' : ' unused';
    if (f.kind === 'number') return number(f, fid, label, note, unused);
    if (f.kind === 'set' || f.name === 'mode') {
      const type = f.kind === 'set' ? 'checkbox' : 'radio';
      const on = (v: string) => (f.kind === 'set' ? input.skills.includes(v as never) : input.mode === v);
      return h(
        'fieldset',
        { class: `wide${unused}`, 'aria-describedby': `${fid}-note` },
        h('legend', {}, label),
        ...f.options.map((o) =>
          h(
            'label',
            { class: 'choice' },
            h('input', { type, name: f.name, value: o.value, checked: on(o.value) }),
            o.label,
          ),
        ),
        note,
      );
    }
    const value = String(input[f.name as keyof SalaryInput]);
    return h(
      'div',
      { class: `field${unused}` },
      h('label', { for: fid }, label),
      h(
        'select',
        { name: f.name, id: fid, 'aria-describedby': `${fid}-note` },
        ...f.options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
      ),
      note,
    );
  };
  const number = (f: NumberField, fid: string, label: string, note: N, unused: string): N => {
    const name = f.name as NumberName;
    const value = input[name];
    const { empty, placeholder } = FIELD_TEXT[name];
    return h(
      'div',
      { class: `field${f.name === 'equity' ? ' wide' : ''}${unused}` },
      h('label', { for: fid }, label),
      h('input', {
        name: f.name,
        id: fid,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        placeholder,
        value: value === undefined ? undefined : String(value),
        'aria-describedby': `${fid}-hint ${fid}-err ${fid}-note`,
      }),
      h('span', { class: 'hint', id: `${fid}-hint` }, `Empty: ${empty} (${placeholder}).`),
      h('span', { class: 'field-error', id: `${fid}-err`, 'aria-live': 'polite' }),
      note,
    );
  };
  return h(
    'form',
    { 'aria-labelledby': `${id}-title`, part: 'form', 'data-ref': 'form' },
    ...fields.filter((f) => !consultingOnly(f)).map(field),
    h(
      'fieldset',
      { class: 'wide', 'data-consulting': '', hidden: input.mode !== 'consulting' },
      h('legend', {}, 'Consulting'),
      ...fields.filter(consultingOnly).map(field),
    ),
  );
}

/** The result and the places below it, drawn for `e`: the parts filled later start empty. */
function viewMarkup<N>(make: Make<N>, e: Estimate, input: SalaryInput) {
  const sources = make('ul', { 'data-ref': 'sources' });
  const steps = make('ol', { 'data-ref': 'steps' });
  const notes = make('ul', { 'data-ref': 'notes' });
  const comparison = comparisonText(e);
  return {
    result: make(
      'div',
      { class: 'result', 'aria-live': 'polite', 'aria-atomic': 'true', part: 'result', 'data-ref': 'result' },
      ...summaryMarkup(make, e, input),
    ),
    comparison: make('p', { class: 'comparison', hidden: !comparison, 'data-ref': 'comparison' }, comparison),
    bar: make('div', { class: 'bar', role: 'img', 'data-ref': 'bar' }),
    axis: make('div', { class: 'axis', 'aria-hidden': 'true', 'data-ref': 'axis' }),
    profile: make(
      'details',
      { class: 'profile' },
      make('summary', {}, 'What the sources say for this profile'),
      sources,
    ),
    details: make(
      'details',
      { class: 'breakdown' },
      make('summary', {}, 'How we got there'),
      steps,
      make('p', { class: 'basis' }, 'What the sources do not cover:'),
      notes,
    ),
  };
}

/**
 * The calculator for `input` and its estimate. The parts the element updates carry
 * `data-ref`, so it finds them alike in what it drew and in what the build drew.
 */
export function calculatorMarkup<N>(make: Make<N>, input: SalaryInput, e: Estimate, guideBase: string): N {
  const view = viewMarkup(make, e, input);
  return make(
    'div',
    { class: 'root auto' },
    make('h2', { id: `${ID}-title` }, 'Estimate your pay'),
    formMarkup(make, ID, input),
    make('div', { class: 'notice', role: 'status', hidden: true, 'data-ref': 'notice' }),
    view.result,
    view.comparison,
    view.bar,
    view.axis,
    view.profile,
    view.details,
    make(
      'details',
      { class: 'assumptions', part: 'controls', 'data-ref': 'panel' },
      make('summary', { 'data-ref': 'panelSummary' }, PANEL_SUMMARY),
      make(
        'p',
        { class: 'basis' },
        'Numbers the sources do not give. Each is the guide’s own, with its reason; change any to see its effect. Hours and business costs are set in the consulting fields.',
      ),
    ),
    make(
      'div',
      { class: 'row', part: 'controls' },
      make('button', { type: 'button', 'data-ref': 'copy' }, 'Copy link to this estimate'),
      make('span', { role: 'status', 'data-ref': 'copyStatus' }),
    ),
    make(
      'p',
      { class: 'footer' },
      'From the ',
      make(
        'a',
        { target: '_top', href: guideLink(guideBase, ''), 'data-ref': 'home' },
        'AI Infrastructure Engineer Guide',
      ),
      ' · See ',
      make(
        'a',
        { target: '_top', href: guideLink(guideBase, 'reference/method/'), 'data-ref': 'method' },
        'how the estimate works',
      ),
      '.',
    ),
  );
}

/** Draws the calculator into `shadow` with `css`: where the build did not draw it (the standalone script). */
export function drawCalculator(
  shadow: ShadowRoot,
  css: string,
  input: SalaryInput,
  e: Estimate,
  guideBase: string,
): HTMLElement {
  // A constructed stylesheet needs no 'unsafe-inline' in a host's Content-Security-Policy.
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(h('style', {}, css));
  }
  const root = calculatorMarkup(h, input, e, guideBase);
  shadow.append(root);
  return root;
}
