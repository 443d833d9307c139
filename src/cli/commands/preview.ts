import type { Command } from 'commander';

export function registerPreview(program: Command, setExit: (code: number) => void): void {
  program
    .command('preview')
    .description('TODO')
    .action(() => {
      setExit(0);
    });
}
