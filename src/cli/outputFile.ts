// `-o FILE` past what io.ts holds in memory: the report is written to a temporary file beside
// the destination and renamed onto it once complete, so a run that dies half-way leaves the
// old file (or none), never half a report a CI step might upload. A destination that is not a
// regular file (a device such as /dev/stdout, a FIFO, a symbolic link) is written in place, as
// is any whose folder refuses the temporary file.
import { closeSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputFile {
  private fd?: number;
  private temp?: string;

  constructor(readonly path: string) {}

  /** Opens the temporary file, or the destination itself; throws what openSync throws. */
  open(): void {
    if (this.fd !== undefined) return;
    const st = lstatSync(this.path, { throwIfNoEntry: false });
    if (!st || st.isFile()) {
      const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.crewtel-tmp`);
      try {
        this.fd = openSync(temp, 'wx');
        this.temp = temp;
        process.once('exit', this.abandon);
        return;
      } catch {
        // no temporary file there: written in place below
      }
    }
    this.fd = openSync(this.path, 'w');
  }

  write(text: string): void {
    writeSync(this.fd!, text);
  }

  /** Closes the file and puts it in place. */
  commit(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    if (this.temp) {
      renameSync(this.temp, this.path);
      this.temp = undefined;
      process.removeListener('exit', this.abandon);
    }
  }

  /** A run that ends without commit: the temporary file goes, the destination stays as it was. */
  private readonly abandon = (): void => {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp) unlinkSync(this.temp);
    this.temp = undefined;
  };
}
