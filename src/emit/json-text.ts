/**
 * JSON as Prettier prints it from JSON.stringify's layout: objects one member per line, arrays of scalars on
 * one line when they fit the print width. Used for package.json so generation needs no JSON formatter.
 */
export function jsonText(value: unknown, printWidth = 100): string {
  return `${write(value, '', 0, printWidth)}\n`;
}

function write(value: unknown, indent: string, prefixLength: number, width: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => write(v, `${indent}  `, indent.length + 2, width));
    const oneLine = `[${items.join(', ')}]`;
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    if (scalars && prefixLength + oneLine.length + 1 <= width) return oneLine;
    return `[\n${items.map((i) => `${indent}  ${i}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const members = entries.map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${indent}  ${key}${write(v, `${indent}  `, indent.length + 2 + key.length, width)}`;
    });
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
