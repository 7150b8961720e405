import { DesignerLoader } from '@/components/designer/DesignerLoader';

export default function Home() {
  return <DesignerLoader />;
}
