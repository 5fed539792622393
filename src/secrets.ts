/**
 * Every form in which a secret could leak into text: raw, each line of a multi-line value
 * (the runner masks line by line), JSON-escaped, URL-encoded and base64. Registered with
 * `core.setSecret` before anything is logged.
 */
export function secretForms(value: string): string[] {
  const forms = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim());
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  return [...forms].filter((form) => form.length > 0);
}

/** `${NAME}` references in a config file's text, found before parsing so masking comes first. */
export function referencedEnvNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!))];
}

/** Removes every registered secret form from text (for bodies the runner does not mask). */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) out = out.split(form).join('***');
  return out;
}
