import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import { useLang } from '../shared/i18n';
import { browsePath, kindColour } from '../shared/kinds';
import type { KindCount } from './queries';

export function KindCards({ counts }: { counts: KindCount[] }) {
  const { pick } = useLang();
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]}>
      {counts.map((k) => (
        <Col key={k.kind} xs={8} sm={8} md={6} lg={4}>
          <Card
            data-testid={`kind-card-${k.kind}`}
            size="small"
            className="bb-kind-card"
            hoverable
            onClick={() => navigate(browsePath(k.kind))}
            style={{ borderTop: `3px solid ${kindColour(k.kind)}` }}
          >
            <Statistic
              title={pick(k.labelZh, k.labelEn)}
              value={k.count}
              styles={{ content: { color: k.count === 0 ? '#bfbfbf' : undefined } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
