/**
 * A value looked up by a name the user wrote (a severity, a format, a size unit) must be
 * one the table itself defines: `table[name]` also finds `constructor`, `toString` and
 * `__proto__` on Object.prototype, which turned a typo into a rule silently switched off.
 */
export function ownProperty<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
