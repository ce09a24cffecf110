import type { PolicyData } from '../policy/queries';
import { prop } from './factories';

const body = (id: string, name: string) => ({ id, name, nameEn: `${name} EN`, shortName: null });

export const policy: PolicyData = {
  id: 'policy-jx-bci',
  kind: 'POLICY',
  name: '江西省脑机接口产业政策',
  nameEn: 'Jiangxi BCI policy',
  illustrative: false,
  description: null,
  descriptionEn: null,
  title: '关于加快推进脑机接口产业发展的若干措施',
  properties: [
    prop('issuer', '发文机关', ['江西省人民政府办公厅']),
    prop('link', '原文链接', ['https://www.jiangxi.gov.cn/policy']),
    prop('preamble', '导语', ['为加快脑机接口产业发展，制定如下措施。']),
  ],
  sections: [
    {
      id: 'sec-1',
      number: 1,
      name: '一、强化创新',
      nameEn: 'I. Innovation',
      measures: [
        {
          id: 'measure-01',
          number: 1,
          name: '支持关键技术攻关',
          nameEn: 'Key technologies',
          description: null,
          descriptionEn: 'Supports research on key technologies.',
          illustrative: false,
          properties: [
            prop('text', '措施原文', ['支持企业开展脑机接口关键技术攻关。']),
            prop('responsibilityText', '责任分工原文', [
              '省科技厅、省工业和信息化厅、省财政厅按职责分工负责',
            ]),
          ],
          responsibleBodies: [
            body('body-kjt', '省科技厅'),
            body('body-gxt', '省工业和信息化厅'),
            body('body-czt', '省财政厅'),
          ],
          instruments: [
            {
              id: 'instr-fund',
              name: '配套经费',
              nameEn: 'Matching funds',
              instrumentType: 'matching_funds',
            },
          ],
          programmes: [{ id: 'prog-key', name: '重点研发计划', nameEn: 'Key R&D programme' }],
          regions: [],
          scenarios: [],
        },
      ],
    },
  ],
};
