// Choosing an improvement area for a service, as a form: blank, or from one of the network's area
// templates (tiltakspakker), whose title, problem and aim fill the fields without overwriting what
// the person has typed; and the form turned into the mutation that creates the area.

export interface AreaForm {
  networkId: string;
  /** '' starts blank. */
  templateId: string;
  focusAreaId: string;
  title: string;
  problem: string;
  what: string;
  howMuch: string;
  byWhen: string;
  text: string;
}

export interface AimView {
  what: string | null;
  howMuch: string | null;
  byWhen: string | null;
  text: string | null;
}

export interface AreaTemplateView {
  id: string;
  title: string;
  problem: string | null;
  aim: AimView;
}

type TemplateFields = Pick<AreaForm, 'title' | 'problem' | 'what' | 'howMuch' | 'byWhen' | 'text'>;

const FIELDS: (keyof TemplateFields)[] = ['title', 'problem', 'what', 'howMuch', 'byWhen', 'text'];

export function blankAreaForm(networkId: string): AreaForm {
  return { networkId, templateId: '', focusAreaId: '', title: '', problem: '', what: '', howMuch: '', byWhen: '', text: '' };
}

function fieldsOf(template: AreaTemplateView | null): TemplateFields {
  return {
    title: template?.title ?? '',
    problem: template?.problem ?? '',
    what: template?.aim.what ?? '',
    howMuch: template?.aim.howMuch ?? '',
    byWhen: template?.aim.byWhen ?? '',
    text: template?.aim.text ?? '',
  };
}

/**
 * The form after choosing another template (or none): a field still as the previous choice filled
 * it (or empty) takes the new template's text; a field the person has written in keeps it.
 */
export function applyTemplate(form: AreaForm, previous: AreaTemplateView | null, next: AreaTemplateView | null): AreaForm {
  const before = fieldsOf(previous);
  const after = fieldsOf(next);
  const out = { ...form, templateId: next?.id ?? '' };
  for (const field of FIELDS) {
    if (form[field].trim() === '' || form[field] === before[field]) out[field] = after[field];
  }
  return out;
}

export type AreaMutation = 'createImprovementArea' | 'createImprovementAreaFromTemplate';

/** Which mutation creates the area, and its input: text trimmed, empty text as null. */
export function areaInput(form: AreaForm, serviceId: string): { mutation: AreaMutation; input: Record<string, unknown> } {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  const aim = { what: blank(form.what), howMuch: blank(form.howMuch), byWhen: form.byWhen || null, text: blank(form.text) };
  const common = {
    networkId: form.networkId,
    serviceId,
    focusAreaId: form.focusAreaId || null,
    problem: blank(form.problem),
  };
  if (form.templateId) {
    // Left out, the template's own title and aim are used; the form shows them, so this only
    // happens when the person emptied every field on purpose.
    const anyAim = Object.values(aim).some((v) => v !== null);
    return {
      mutation: 'createImprovementAreaFromTemplate',
      input: { ...common, templateId: form.templateId, title: blank(form.title), aim: anyAim ? aim : null },
    };
  }
  return { mutation: 'createImprovementArea', input: { ...common, title: form.title.trim(), aim } };
}
