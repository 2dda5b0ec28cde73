import pg from "pg";

/**
 * Makes the portal's database unavailable and available again, for specs that test what
 * staff see during an outage. Only the test database is affected: it stops accepting
 * connections (`ALLOW_CONNECTIONS false`) and its open sessions are ended, which is what
 * the app sees when Postgres goes away (new connections refused, pooled ones cut). The
 * shared server keeps running for everyone else, and the switch is instant both ways,
 * so a spec does not wait for a cluster to stop or start.
 *
 * The commands run from the server's maintenance database: Postgres refuses to close the
 * database a session is connected to.
 */
export class DatabaseOutage {
  private readonly database: string;
  private readonly maintenanceUrl: string;

  constructor(databaseUrl: string) {
    const url = new URL(databaseUrl);
    this.database = decodeURIComponent(url.pathname.slice(1));
    // The switch locks everyone out of the database; a name without "test" is not a test database.
    if (!/test/i.test(this.database)) {
      throw new Error(`Refusing to take database "${this.database}" offline: its name must contain "test".`);
    }
    url.pathname = "/postgres";
    this.maintenanceUrl = url.toString();
  }

  private async run(sql: string, values: unknown[] = []): Promise<void> {
    const client = new pg.Client({ connectionString: this.maintenanceUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(sql, values);
    } finally {
      await client.end();
    }
  }

  /** New connections are refused and every open session of the test database ends. */
  async begin(): Promise<void> {
    await this.run(`ALTER DATABASE "${this.database.replaceAll('"', '""')}" ALLOW_CONNECTIONS false`);
    await this.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [this.database]);
  }

  async end(): Promise<void> {
    await this.run(`ALTER DATABASE "${this.database.replaceAll('"', '""')}" ALLOW_CONNECTIONS true`);
  }
}
