import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Schema Canvas — visual Prisma schema designer',
  description: 'Edit schema.prisma as text or as an ER diagram; both stay in sync.',
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
