/** UI strings of the matchmaking workspaces (part of `locales.ts`). */
export const workspacesZh = {
  title: '撮合工作台',
  intro:
    '为一个主体找到值得接触的对象。每条推荐都给出得分、各因素的贡献、图谱中的证据路径和一句推荐理由；权重可在“高级”中按本次请求调整。',
  choose: '选择撮合场景',
  journeys: {
    investor: {
      name: '投资机构 → 项目与企业',
      short: '推荐项目与企业',
      intro:
        '按投资机构的关注方向（技术、产业链环节、场景）、投资阶段、单笔金额、投资地域和已投项目，推荐值得关注的项目和企业。',
      source: '投资机构',
      placeholder: '输入投资机构名称、拼音或英文…',
    },
    partner: {
      name: '机构 → 产业合作伙伴',
      short: '推荐合作企业',
      intro:
        '按高校、实验室、医院提供的技术、人员专长、可许可专利、数据集和服务场景，推荐需要这些技术或服务相同场景的企业，以及产业链上下游伙伴。',
      source: '机构（高校、实验室、医院）',
      placeholder: '输入机构名称、拼音或英文…',
    },
    institution: {
      name: '企业 → 合作机构',
      short: '推荐合作机构',
      intro: '按企业的技术、产品、项目、场景和产业链环节，推荐可以合作的高校、实验室和医院。',
      source: '企业',
      placeholder: '输入企业名称、拼音或英文…',
    },
    candidate: {
      name: '岗位 → 人才',
      short: '推荐人才',
      intro:
        '按岗位要求的技能（上位技能可部分匹配下位技能）、学历、经验和地点推荐人才，并列出差距。只推荐同意匹配且未退出的人才，姓名按规定脱敏。',
      source: '岗位',
      placeholder: '输入岗位名称…',
    },
    position: {
      name: '人才 → 岗位',
      short: '推荐岗位',
      intro:
        '按人才的技能、学历、经验和地点推荐岗位，并列出该人才的差距。未同意匹配或已退出的人才不能作为起点。',
      source: '人才（按简介标题查找）',
      placeholder: '输入人才的简介标题，如“脑电算法工程师”…',
    },
    similar: {
      name: '相似主体',
      short: '相似主体',
      intro: '找到与一个企业、机构、投资机构、项目、人才或岗位最相似的同类主体。',
      source: '主体',
      placeholder: '输入名称、拼音或英文…',
    },
  },
  pick: '请先选择{{source}}。',
  factors: {
    technology: '技术契合',
    scenario: '场景契合',
    chain: '产业链互补',
    profile: '画像契合',
    text: '文本相似',
    graph: '图谱邻近',
    policy: '政策协同',
  },
  factorHints: {
    technology: '技术分类体系中的远近：同一技术计满分，上下位技术计部分。',
    scenario: '双方服务或关注的应用场景。',
    chain: '双方在产业链上的位置相邻（上下游）或相同。',
    profile: '投资：阶段、金额、地域；人才与岗位：学历、经验、地点；合作：地域。',
    text: '需求与供给描述的相似度（搜索索引中的词语）。',
    graph: '共同伙伴、以往合作、共同投资。',
    policy: '双方同属一项措施涉及的场景或地区（推断）。',
  },
  score: '得分',
  total: '{{count}} 个候选通过规则并参与排名',
  weightsUsed: '本次权重',
  weight: '权重',
  value: '单项得分',
  contribution: '贡献',
  inferred: '推断',
  gaps: '差距',
  noGaps: '无差距',
  mandatory: '必需',
  partly: '部分覆盖',
  terms: '共同词语',
  evidence: '推荐依据',
  factorTable: '各因素',
  paths: '证据路径',
  noPaths: '这条推荐没有图谱路径：它来自文本相似（见共同词语）。',
  pathHint: '单击节点打开其档案；紫色虚线是推断的关系（图中并无此关系）。',
  select: '查看依据',
  openProfile: '打开档案',
  shortlist: {
    title: '候选清单',
    add: '加入候选清单',
    remove: '移出候选清单',
    empty: '还没有加入候选。点推荐旁的 ☆ 加入。',
    clear: '清空',
    note: '候选清单只保存在本浏览器中（按撮合场景分开），账户功能上线前不会同步到其他设备。',
    foundFor: '推荐给：{{name}}',
  },
  advanced: '高级：调整权重',
  advancedHint:
    '只看比例，每项 0 到 100。点击“应用”后，本次请求使用这些权重，不改变系统配置；链接中会带上权重，便于分享。',
  apply: '应用',
  reset: '恢复默认',
  allZero: '至少一个权重要大于 0。',
  custom: '自定义权重',
  invalidLink: '链接中的权重无效（每项应为 0 到 100，且不能全为 0），已使用默认权重。',
  empty: '没有通过规则的推荐。',
  emptyHint:
    '可能是该主体的信息太少（没有技术、场景或描述），或候选都被规则排除（同一组织、已经见过、已拒绝、利益冲突、退出匹配）。',
  errorHint: '请确认所选主体属于本工作台的类型，或换一个主体。',
  wrongKind: '“{{name}}”是{{kind}}，本工作台只接受{{kinds}}。',
  rightJourneys: '它可以用于：',
  notMatchable: '该人才未同意匹配或已退出匹配，不能作为匹配的起点。',
  links: {
    profile: '档案',
    policy: '政策匹配',
    connections: '查找关联',
  },
};

export const workspacesEn: typeof workspacesZh = {
  title: 'Matchmaking workspace',
  intro:
    'Find whom an actor should meet. Every proposal comes with its score, each factor’s part of it, evidence paths in the graph and a one-line reason; the weights can be changed for a request under “Advanced”.',
  choose: 'Choose a journey',
  journeys: {
    investor: {
      name: 'Investor → projects and enterprises',
      short: 'Projects and enterprises to look at',
      intro:
        'From an investor’s focus (technologies, chain segments, scenarios), stages, ticket size, regions and past investments: the projects and enterprises it should look at.',
      source: 'Investor',
      placeholder: 'Type an investor’s name, pinyin or English…',
    },
    partner: {
      name: 'Institution → industrial partners',
      short: 'Industrial partners',
      intro:
        'From what a university, lab or hospital offers (technologies, its people’s skills, patents open to licence, data sets) and the scenarios it serves: enterprises that need those technologies or serve those scenarios, and up- and downstream partners.',
      source: 'Institution (university, lab, hospital)',
      placeholder: 'Type an institution’s name, pinyin or English…',
    },
    institution: {
      name: 'Enterprise → institutions',
      short: 'Institutions to partner with',
      intro:
        'From an enterprise’s technologies, products, projects, scenarios and chain segments: universities, labs and hospitals it could partner with.',
      source: 'Enterprise',
      placeholder: 'Type an enterprise’s name, pinyin or English…',
    },
    candidate: {
      name: 'Position → talent',
      short: 'Candidates',
      intro:
        'From a position’s required skills (a broader skill partly matches a narrower one), degree, experience and place: talent ranked, with their gaps. Only talent who consented and did not opt out are proposed; names stay masked.',
      source: 'Position',
      placeholder: 'Type a position’s title…',
    },
    position: {
      name: 'Talent → positions',
      short: 'Positions',
      intro:
        'From a talent’s skills, degree, experience and place: positions ranked, with the talent’s gaps. Talent who have not consented or opted out cannot be matched.',
      source: 'Talent (found by headline)',
      placeholder: 'Type a headline, e.g. “EEG algorithm engineer”…',
    },
    similar: {
      name: 'Similar actors',
      short: 'Similar actors',
      intro:
        'The enterprises, institutions, investors, projects, talent or positions most like a given one (of the same kind).',
      source: 'Actor',
      placeholder: 'Type a name, pinyin or English…',
    },
  },
  pick: 'Choose the {{source}} to match from.',
  factors: {
    technology: 'Technology fit',
    scenario: 'Scenario fit',
    chain: 'Chain complementarity',
    profile: 'Profile fit',
    text: 'Text similarity',
    graph: 'Graph proximity',
    policy: 'Policy synergy',
  },
  factorHints: {
    technology:
      'Closeness in the technology taxonomy: the same technology counts fully, a broader or narrower one partly.',
    scenario: 'Application scenarios both serve or focus on.',
    chain:
      'The two sit next to each other (up- and downstream) or together along the industry chain.',
    profile:
      'Investors: stage, ticket, region; talent and positions: degree, experience, place; partners: region.',
    text: 'How alike the descriptions of needs and offers are (the search index’s words).',
    graph: 'Shared partners, past collaboration, co-investment.',
    policy: 'Both fall under a measure’s scenarios or regions (an inference).',
  },
  score: 'Score',
  total: '{{count}} candidates passed the rules and were ranked',
  weightsUsed: 'Weights used',
  weight: 'Weight',
  value: 'Value',
  contribution: 'Contribution',
  inferred: 'inferred',
  gaps: 'Gaps',
  noGaps: 'No gaps',
  mandatory: 'mandatory',
  partly: 'partly covered',
  terms: 'Shared words',
  evidence: 'Why',
  factorTable: 'Factors',
  paths: 'Evidence paths',
  noPaths:
    'No graph path supports this proposal: it comes from text similarity (see the shared words).',
  pathHint:
    'Click a node to open its profile; dashed purple steps are inferred (no such relationship is stored).',
  select: 'Show why',
  openProfile: 'Open profile',
  shortlist: {
    title: 'Shortlist',
    add: 'Add to shortlist',
    remove: 'Remove from shortlist',
    empty: 'Nothing shortlisted yet. Click ☆ beside a proposal to add it.',
    clear: 'Clear',
    note: 'The shortlist is kept in this browser only (one per journey); it will not follow you to other devices until accounts exist.',
    foundFor: 'Proposed for: {{name}}',
  },
  advanced: 'Advanced: weights',
  advancedHint:
    'Only proportions matter; each 0 to 100. “Apply” uses them for this request only, not the configuration; the link carries them, to share.',
  apply: 'Apply',
  reset: 'Defaults',
  allZero: 'At least one weight must be above 0.',
  custom: 'custom weights',
  invalidLink:
    'The weights in the link are not valid (each 0 to 100, not all 0); the default weights are used.',
  empty: 'No proposal passed the rules.',
  emptyHint:
    'The actor may say too little about itself (no technologies, scenarios or description), or every candidate was ruled out (same organisation, already met, declined, conflict of interest, opted out).',
  errorHint: 'Check that the actor is of the kind this workspace takes, or choose another one.',
  wrongKind: '“{{name}}” is a {{kind}}; this workspace takes: {{kinds}}.',
  rightJourneys: 'It can start: ',
  notMatchable:
    'This talent has not consented to matching or has opted out: they cannot be matched from.',
  links: {
    profile: 'Profile',
    policy: 'Policy checklist',
    connections: 'Find connections',
  },
};
