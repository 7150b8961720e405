/** Name matching shared by the integrity rules. */

/** `external_id`, `externalId` and `ExternalID` all become `externalid`: one spelling per convention-free name. */
export function loose(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** `order_status` → `OrderStatus`, `status` → `Status`, `OrderLine` stays. */
export function pascal(name: string): string {
  return name
    .split(/_+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
