/** Timing a Docusaurus build, with the peak memory of every process it starts. Shared by the benchmarks. */
import {spawn} from 'node:child_process';
import fs from 'node:fs';

/**
 * Runs the production build, sampling the peak resident memory of the process (VmHWM) while it works. `env` is
 * added to this process's environment (SITE_URL, say).
 */
export async function timedBuild(siteDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<{seconds: number; peakMiB: number}> {
  const started = Date.now();
  const child = spawn('npx', ['docusaurus', 'build', ...args], {cwd: siteDir, stdio: 'ignore', env: {...process.env, ...env}});
  let peakKiB = 0;
  const sample = () => {
    // npx starts a shell that starts node, which runs the build: read every process in the child's tree.
    const parents = new Map<number, number>();
    const peaks = new Map<number, number>();
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        parents.set(Number(pid), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
        peaks.set(Number(pid), Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        /* the process ended between listing and reading */
      }
    }
    const inTree = (pid: number): boolean => pid === child.pid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid)!));
    for (const [pid, peak] of peaks) if (inTree(pid)) peakKiB = Math.max(peakKiB, peak);
  };
  const timer = setInterval(sample, 200);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`The build in ${siteDir} failed: run \`npx docusaurus build\` there to see why.`);
  return {seconds: (Date.now() - started) / 1000, peakMiB: Math.round(peakKiB / 1024)};
}
