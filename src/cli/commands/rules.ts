import type { Command } from 'commander';

export function registerRules(program: Command, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('TODO')
    .action(() => {
      setExit(0);
    });
}
