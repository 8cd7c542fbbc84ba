import { isMessageKey, t } from '../../i18n/i18n';

/** The message next to a field; `message` is an i18n key (from the schemas) or plain text. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id} role="alert">
      {isMessageKey(message) ? t(message) : message}
    </p>
  );
}

/** Issues of a zod parse as field -> first i18n key. */
export function fieldErrors(issues: { path: (string | number)[]; key: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const field = String(i.path[i.path.length === 1 ? 0 : 1] ?? i.path[0] ?? '');
    out[field] ??= i.key;
  }
  return out;
}

/** The messages left once the fields in `patch` were edited (each is checked again on Next or Save). */
export function errorsAfterEdit(errors: Record<string, string>, patch: object): Record<string, string> {
  const left = Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in patch)));
  return Object.keys(left).length === Object.keys(errors).length ? errors : left;
}
