export function commandFiles(): string[];
export function commandIndexText(): string;
export function writeCommandIndex(): string;
