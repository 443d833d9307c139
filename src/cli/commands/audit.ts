import type { Command } from 'commander';

export function registerAudit(program: Command, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description('TODO')
    .action(() => {
      setExit(0);
    });
}
