/** Minimal types for pidusage 4 (the package ships none). */
declare module 'pidusage' {
  function pidusage(pid: number | string): Promise<pidusage.Status>;
  namespace pidusage {
    interface Status {
      /** % CPU since the previous call for this pid. */
      cpu: number;
      /** Resident set size in bytes. */
      memory: number;
      /** Total CPU time (user + system) in ms. */
      ctime: number;
      /** ms since the process started. */
      elapsed: number;
      timestamp: number;
      pid: number;
      ppid: number;
    }
    /** Forgets the per-pid history. */
    function clear(): void;
  }
  export = pidusage;
}
