/** The parts of a built manifest that ask for access (MV3 splits hosts out; MV2 mixes them in). */
export interface ManifestPermissions {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  /** Files pages may load (Chrome: the card's script, src/ui/card/load-card.ts). */
  web_accessible_resources?: unknown[];
}

export interface PermissionList {
  /** API permissions asked for at install, e.g. storage. */
  required: string[];
  /** The retailer host patterns asked for at install. */
  hosts: string[];
  /** Asked for only when the user turns a feature on: API names and host patterns. */
  optional: string[];
}

const isHost = (p: string) => p.includes('://') || p === '<all_urls>';

/** What the manifest asks for, grouped the way the privacy page and the README explain it. */
export function permissionList(m: ManifestPermissions): PermissionList {
  const required = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
  return {
    required: required.filter((p) => !isHost(p)),
    hosts: required.filter(isHost),
    optional: [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])],
  };
}

/** The message key that names a permission (a host pattern that is optional is "any other shop"). */
export function permissionKey(p: string): string {
  return isHost(p) ? 'optionalHosts' : p;
}
