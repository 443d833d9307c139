import type { Command } from 'commander';

export function registerEnv(program: Command, setExit: (code: number) => void): void {
  program
    .command('env')
    .description('TODO')
    .action(() => {
      setExit(0);
    });
}
