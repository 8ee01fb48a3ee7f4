import type Database from 'better-sqlite3';

/**
 * Prepares each SQL text once. Preparing costs several times more than running a simple
 * statement, and the engine runs the same few dozen statements for every instance.
 * Only for fixed SQL texts: search queries vary with their filters and are prepared each time.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
