// Preloaded (node -r) into every process the speed benchmark times: at exit it prints the
// process's CPU time and peak resident memory (worker threads included) on stderr.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@bench ${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 })}\n`);
});
