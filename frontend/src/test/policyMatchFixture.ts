import type { MeasureMatchData, PolicyMatchesData } from '../policy/matchQueries';

function measure(number: number, status: MeasureMatchData['status']): MeasureMatchData {
  return {
    number,
    status,
    measure: {
      id: `measure-0${number}`,
      number,
      name: `措施${number}`,
      nameEn: `Measure ${number}`,
    },
    routes: [],
    support: [],
    responsibleBodies: [],
  };
}

/** A small checklist: measure 3 possibly (a hospital route cannot be judged), 6 not for this kind, 7 applies. */
export const policyMatches: PolicyMatchesData['policyMatches'] = {
  actor: {
    id: 'ent-0001',
    kind: 'ENTERPRISE',
    name: '企业1',
    nameEn: 'Enterprise 1',
    illustrative: true,
  },
  policy: { id: 'policy-1', name: '若干措施', nameEn: 'Measures' },
  totalCount: 3,
  pageInfo: { hasNextPage: false, endCursor: null },
  summary: { applies: 1, possibly: 1, doesNotApply: 1 },
  nodes: [
    {
      ...measure(3, 'POSSIBLY'),
      routes: [
        {
          key: 'a',
          zh: '医疗机构建立临床研究病房',
          en: 'Clinical research wards',
          status: 'DOES_NOT_APPLY',
          criteria: [
            {
              outcome: 'NOT_MET',
              reasonZh: '是企业，不是机构（医院）',
              reasonEn: 'Kind: enterprise; this provision is for: institution (Hospital)',
              citedStart: 8,
              criterion: {
                id: 'm03a-hospital',
                condition: 'kind-in INSTITUTION:hospital',
                basis: 'EXPLICIT',
                citedText: '医疗机构',
                zh: '是医疗机构',
                en: 'Is a medical institution',
                missIsUnknown: false,
              },
              evidence: [],
            },
          ],
        },
        {
          key: 'b',
          zh: '赣江新区建设康复中心',
          en: 'Ganjiang New Area rehabilitation centre',
          status: 'POSSIBLY',
          criteria: [
            {
              outcome: 'MET',
              reasonZh: '是企业',
              reasonEn: 'Kind: enterprise',
              citedStart: 40,
              criterion: {
                id: 'm03b-kind',
                condition: 'kind-in ENTERPRISE, INSTITUTION',
                basis: 'INFERRED',
                citedText: '建设江西脑机接口康复中心',
                zh: '是可参与建设的企业或机构',
                en: 'Is an enterprise or institution that can take part',
                missIsUnknown: false,
              },
              evidence: [],
            },
            {
              outcome: 'UNKNOWN',
              reasonZh: '位于新建区，赣江新区只覆盖其一部分，数据不足以判断',
              reasonEn:
                'Located in 新建区, which 赣江新区 covers only in part: the data cannot tell',
              citedStart: 36,
              criterion: {
                id: 'm03b-zone',
                condition: 'located-in region-zone-ganjiang',
                basis: 'EXPLICIT',
                citedText: '支持赣江新区',
                zh: '位于赣江新区',
                en: 'Located in the Ganjiang New Area',
                missIsUnknown: false,
              },
              evidence: [{ id: 'region-360112', kind: 'REGION', name: '新建区', role: 'region' }],
            },
          ],
        },
      ],
      support: [
        {
          relation: 'OFFERS',
          quote: '支持赣江新区建设江西脑机接口康复中心',
          node: {
            id: 'instr-rehab-centre',
            kind: 'SUPPORT_INSTRUMENT',
            name: '江西脑机接口康复中心建设',
          },
        },
      ],
      responsibleBodies: [
        { id: 'body-wsjkw', name: '江西省卫生健康委员会', shortName: '省卫生健康委' },
        { id: 'body-gjxqgwh', name: '江西赣江新区管理委员会', shortName: '赣江新区管委会' },
      ],
    },
    {
      ...measure(6, 'DOES_NOT_APPLY'),
      routes: [
        {
          key: 'a',
          zh: '企业牵头组建创新联合体',
          en: 'Consortia',
          status: 'DOES_NOT_APPLY',
          criteria: [
            {
              outcome: 'NOT_MET',
              reasonZh: '技术方向为Python，不属所要求领域',
              reasonEn: 'Its technologies (Python) are outside the field required',
              citedStart: 2,
              criterion: {
                id: 'm06a-bci',
                condition: 'works-on tech-bci',
                basis: 'EXPLICIT',
                citedText: '脑机接口领域企业',
                zh: '属脑机接口领域',
                en: 'Works in the BCI field',
                missIsUnknown: false,
              },
              evidence: [
                { id: 'tech-skill-python', kind: 'TECHNOLOGY', name: 'Python', role: 'technology' },
              ],
            },
          ],
        },
      ],
      support: [],
      responsibleBodies: [{ id: 'body-kjt', name: '江西省科学技术厅', shortName: '省科技厅' }],
    },
    {
      ...measure(7, 'APPLIES'),
      routes: [
        {
          key: 'c',
          zh: '脑机接口产业链招商',
          en: 'Industry-chain investment promotion',
          status: 'APPLIES',
          criteria: [
            {
              outcome: 'MET',
              reasonZh: '技术方向：脑电',
              reasonEn: 'Technologies: EEG',
              citedStart: 120,
              criterion: {
                id: 'm07c-bci',
                condition: 'works-on tech-bci',
                basis: 'INFERRED',
                citedText: '脑机接口产业链',
                zh: '属脑机接口产业链',
                en: 'Is in the BCI industry chain',
                missIsUnknown: false,
              },
              evidence: [{ id: 'tech-eeg', kind: 'TECHNOLOGY', name: '脑电', role: 'technology' }],
            },
          ],
        },
      ],
      support: [],
      responsibleBodies: [
        { id: 'body-fzggw', name: '江西省发展和改革委员会', shortName: '省发展改革委' },
      ],
    },
  ],
};
