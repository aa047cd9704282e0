// Runs the real `astro build` over a content folder and measures it: wall time,
// CPU time, Pagefind's own indexing time (from its log line), and peak memory
// three ways, since no one figure tells the whole story:
//  - largest single process: "Maximum resident set size" from /usr/bin/time -v
//    (ru_maxrss of the build and its reaped children, so the Pagefind binary is
//    covered, but it is the largest one, not the sum);
//  - each process by name: the kernel's own peak (VmHWM) of every descendant,
//    read from /proc every 100 ms, so a spike between polls is still counted
//    while the process lives; the largest per program (node, pagefind…);
//  - whole process tree: VmRSS of every descendant summed, polled from /proc
//    every 100 ms (can miss a short spike between polls).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const TIME = '/usr/bin/time';
const POLL_MS = 100;

/** Every pid below `root`, read from /proc (Linux only; empty elsewhere). */
function descendants(root) {
  const children = new Map();
  for (const name of existsSync('/proc') ? readdirSync('/proc') : []) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces: read the fields after it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

const TICKS_PER_SECOND = 100; // Linux's USER_HZ, in which /proc/<pid>/stat counts CPU time.

/**
 * Sums VmRSS over the tree; raises each program's peak (VmHWM) in `peaks` and
 * records each process's CPU time so far in `cpu` (pid -> { name, seconds }),
 * so a program's CPU is known even for the Pagefind binary, which is not reaped
 * where /usr/bin/time can count it.
 */
function pollTree(root, peaks, cpu) {
  let sum = 0;
  for (const pid of descendants(root)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
      if (rss) sum += Number(rss[1]);
      if (hwm) peaks[name] = Math.max(peaks[name] ?? 0, Number(hwm[1]));
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
      cpu.set(pid, { name, seconds: (utime + stime) / TICKS_PER_SECOND });
    } catch {
      // Gone already.
    }
  }
  return sum;
}

/** CPU seconds per program name, summed over its processes (as last seen; up to 100 ms short). */
function cpuByProgram(cpu) {
  const out = {};
  for (const { name, seconds } of cpu.values()) out[name] = (out[name] ?? 0) + seconds;
  return out;
}

/** "102ms", "12.19s", "1m 23s", "2m" (Astro's and Vite's duration formats) in seconds. */
function seconds(text) {
  const m = /^(?:(\d+)m)?(?:([\d.]+)(ms|s))?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : 0);
}

/**
 * Where the build spent its time, read from Astro's log: content sync and
 * types, Vite's bundle of the pages (every MDX file is a module), rendering
 * every route, and Pagefind. Each is undefined when its line is not found.
 */
function phases(log) {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const after = (marker, pattern) => {
    const at = text.indexOf(marker);
    const match = at < 0 ? null : pattern.exec(text.slice(at));
    return match ? seconds(match[1].replace(/\s+/g, '')) : undefined;
  };
  return {
    contentSeconds: after('Collecting build info', /✓ Completed in (.+?)\.\s*$/m),
    bundleSeconds: after('Building static entrypoints', /\[vite\] ✓ built in ([^\n]+)/),
    renderSeconds: after('generating static routes', /✓ Completed in (.+?)\.\s*$/m),
    indexSeconds: after('[pagefind] Indexed', /pages in (\d+ ?ms)/),
  };
}

/**
 * @param {{ contentDir: string, cacheDir: string, outDir: string, timeoutMs: number }} options
 * @returns {Promise<{ ok: boolean, seconds: number, cpuSeconds?: number, contentSeconds?: number, bundleSeconds?: number, renderSeconds?: number, indexSeconds?: number, maxRssKb?: number, treePeakKb: number, processPeaksKb: Record<string, number>, cpuByProgram: Record<string, number>, output: string }>}
 */
export function runBuild({ contentDir, cacheDir, outDir, timeoutMs }) {
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
  const useTime = existsSync(TIME);
  const [command, ...args] = useTime ? [TIME, '-v', ...astro] : astro;
  const env = { ...process.env, BEYOND_NO_CONTENT: contentDir, BEYOND_NO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let treePeakKb = 0;
    /** Peak RSS (kB) of the largest process of each program: node (Astro), pagefind_extended, esbuild… */
    const processPeaksKb = {};
    const cpu = new Map();
    const poll = setInterval(() => (treePeakKb = Math.max(treePeakKb, pollTree(child.pid, processPeaksKb, cpu))), POLL_MS);
    // A runaway build must not hang the bench: kill it (by its own pid) after the time limit.
    const limit = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      clearInterval(poll);
      clearTimeout(limit);
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const times = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1]);
      done({
        ok: code === 0,
        seconds: wall,
        ...phases(output),
        maxRssKb: maxRss ? Number(maxRss[1]) : undefined,
        cpuSeconds: times.every(Boolean) ? Number(times[0]) + Number(times[1]) : undefined,
        cpuByProgram: cpuByProgram(cpu),
        treePeakKb,
        processPeaksKb,
        output,
      });
    });
  });
}
