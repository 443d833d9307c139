// Errors are values: collected per file, never thrown across stages.

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(file: string, line: number, column: number, message: string): void {
    this.items.push({ file, line, column, message, severity: 'error' });
  }

  warning(file: string, line: number, column: number, message: string): void {
    this.items.push({ file, line, column, message, severity: 'warning' });
  }

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
}
