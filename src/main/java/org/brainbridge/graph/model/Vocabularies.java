package org.brainbridge.graph.model;

import java.util.List;

/** The fixed code lists of coded properties. Codes are stable English keys; labels are for people. */
final class Vocabularies {

    private Vocabularies() {}

    static final List<Code> ENTERPRISE_SIZE = List.of(
            new Code("micro", "微型", "Micro"),
            new Code("small", "小型", "Small"),
            new Code("medium", "中型", "Medium"),
            new Code("large", "大型", "Large"));

    static final List<Code> STAGE = List.of(
            new Code("seed", "种子期", "Seed"),
            new Code("angel", "天使轮", "Angel"),
            new Code("series_a", "A轮", "Series A"),
            new Code("series_b", "B轮", "Series B"),
            new Code("series_c_plus", "C轮及以后", "Series C+"),
            new Code("pre_ipo", "Pre-IPO", "Pre-IPO"),
            new Code("listed", "已上市", "Listed"),
            new Code("mature", "成熟期", "Mature"));

    static final List<Code> QUALIFICATION = List.of(
            new Code("high_tech", "高新技术企业", "High-tech enterprise"),
            new Code("specialised", "专精特新企业", "Specialised and innovative SME"),
            new Code("little_giant", "专精特新“小巨人”企业", "'Little giant' enterprise"),
            new Code("tech_sme", "科技型中小企业", "Technology-based SME"),
            new Code("high_growth", "高成长性科技型企业", "High-growth technology enterprise"),
            new Code("gazelle", "瞪羚企业", "Gazelle enterprise"));

    static final List<Code> DEVICE_CLASS = List.of(
            new Code("none", "非医疗器械", "Not a medical device"),
            new Code("class_i", "第一类医疗器械", "Class I medical device"),
            new Code("class_ii", "第二类医疗器械", "Class II medical device"),
            new Code("class_iii", "第三类医疗器械", "Class III medical device"));

    static final List<Code> REGISTRATION_STATUS = List.of(
            new Code("not_required", "无需注册", "Not required"),
            new Code("planned", "计划注册", "Planned"),
            new Code("in_review", "注册审评中", "In review"),
            new Code("innovative_channel", "创新医疗器械特别审查通道", "Innovative device special review"),
            new Code("registered", "已取得注册证", "Registered"));

    static final List<Code> INSTITUTION_KIND = List.of(
            new Code("university", "高校", "University"),
            new Code("research_institute", "科研院所", "Research institute"),
            new Code("key_lab", "重点实验室", "Key laboratory"),
            new Code("tech_innovation_centre", "技术创新中心", "Technology innovation centre"),
            new Code("emerging_industry_centre", "新兴产业创新中心", "Emerging-industry innovation centre"),
            new Code("new_rd_institution", "新型研发机构", "New-type R&D institution"),
            new Code("clinical_research_centre", "临床医学研究中心", "Clinical medical research centre"),
            new Code("hospital", "医院", "Hospital"),
            new Code("animal_platform", "动物实验平台", "Animal-experiment platform"),
            new Code("poc_centre", "概念验证中心", "Proof-of-concept centre"),
            new Code("pilot_base", "中试基地", "Pilot base"),
            new Code("testing_centre", "检验检测中心", "Testing centre"),
            new Code("rehab_centre", "康复中心", "Rehabilitation centre"),
            new Code("public_service_platform", "公共服务平台", "Public service platform"),
            new Code("tech_transfer_centre", "科技成果转移转化中心", "Technology-transfer centre"));

    static final List<Code> LEVEL = List.of(
            new Code("national", "国家级", "National"),
            new Code("provincial", "省级", "Provincial"),
            new Code("municipal", "市级", "Municipal"),
            new Code("other", "其他", "Other"));

    static final List<Code> DEGREE = List.of(
            new Code("associate", "专科", "Associate"),
            new Code("bachelor", "学士", "Bachelor"),
            new Code("master", "硕士", "Master"),
            new Code("phd", "博士", "PhD"));

    static final List<Code> TITLE = List.of(
            new Code("professor", "教授/研究员", "Professor"),
            new Code("associate_professor", "副教授/副研究员", "Associate professor"),
            new Code("lecturer", "讲师/助理研究员", "Lecturer"),
            new Code("chief_physician", "主任医师", "Chief physician"),
            new Code("attending_physician", "主治医师", "Attending physician"),
            new Code("senior_engineer", "高级工程师", "Senior engineer"),
            new Code("engineer", "工程师", "Engineer"),
            new Code("technician", "技术员", "Technician"),
            new Code("manager", "管理人员", "Manager"),
            new Code("student", "在读学生", "Student"),
            new Code("none", "无", "None"));

    static final List<Code> INVESTOR_TYPE = List.of(
            new Code("government_fund", "政府引导基金", "Government guidance fund"),
            new Code("state_capital", "国有资本投资公司", "State capital investor"),
            new Code("vc", "风险投资", "Venture capital"),
            new Code("pe", "私募股权", "Private equity"),
            new Code("corporate_vc", "产业资本", "Corporate venture capital"),
            new Code("angel", "天使投资", "Angel investor"),
            new Code("bank", "银行/科技金融", "Bank / tech finance"));

    static final List<Code> SEEKS = List.of(
            new Code("investment", "融资", "Investment"),
            new Code("partner", "合作伙伴", "Industrial partner"),
            new Code("licence", "技术许可", "Licence"),
            new Code("talent", "人才", "Talent"),
            new Code("scenario", "应用场景", "Application scenario"),
            new Code("clinical_site", "临床试验机构", "Clinical-trial site"));

    static final List<Code> PROJECT_STATUS = List.of(
            new Code("open", "对接中", "Open"),
            new Code("in_progress", "洽谈中", "In negotiation"),
            new Code("closed", "已完成", "Closed"));

    static final List<Code> PATENT_TYPE = List.of(
            new Code("invention", "发明专利", "Invention"),
            new Code("utility_model", "实用新型", "Utility model"),
            new Code("design", "外观设计", "Design"),
            new Code("software_copyright", "软件著作权", "Software copyright"));

    static final List<Code> LEGAL_STATUS = List.of(
            new Code("pending", "审查中", "Pending"),
            new Code("granted", "已授权", "Granted"),
            new Code("lapsed", "已失效", "Lapsed"),
            new Code("expired", "已届满", "Expired"));

    static final List<Code> CLINICAL_PHASE = List.of(
            new Code("none", "不适用", "Not applicable"),
            new Code("preclinical", "临床前", "Pre-clinical"),
            new Code("feasibility", "可行性试验", "Feasibility study"),
            new Code("pivotal", "注册临床试验", "Pivotal trial"),
            new Code("completed", "临床试验完成", "Completed"),
            new Code("post_market", "上市后研究", "Post-market"));

    static final List<Code> ETHICS_REVIEW = List.of(
            new Code("not_required", "无需审查", "Not required"),
            new Code("pending", "审查中", "Pending"),
            new Code("approved", "已通过", "Approved"),
            new Code("rejected", "未通过", "Rejected"));

    static final List<Code> SCENARIO_DOMAIN = List.of(
            new Code("medical", "医疗", "Medical"),
            new Code("rehabilitation", "康复", "Rehabilitation"),
            new Code("elderly_care", "康养", "Elderly care"),
            new Code("industry", "工业", "Industry"),
            new Code("education", "教育", "Education"),
            new Code("defence", "国防与军民融合", "Defence and civil-military"),
            new Code("consumer", "消费", "Consumer"));

    static final List<Code> CHAIN_TIER = List.of(
            new Code("upstream", "上游", "Upstream"),
            new Code("midstream", "中游", "Midstream"),
            new Code("downstream", "下游", "Downstream"));

    static final List<Code> REGION_LEVEL = List.of(
            new Code("country", "国家", "Country"),
            new Code("province", "省", "Province"),
            new Code("city", "设区市", "City"),
            new Code("county", "县/区/县级市", "County or district"),
            new Code("zone", "功能区", "Zone"));

    static final List<Code> BODY_TYPE = List.of(
            new Code("provincial_department", "省直部门", "Provincial department"),
            new Code("party_office", "省委办事机构", "Provincial Party office"),
            new Code("municipal_government", "设区市人民政府", "City governments"),
            new Code("zone_committee", "功能区管委会", "Zone administrative committee"),
            new Code("public_institution", "事业单位", "Public institution"),
            new Code("state_enterprise", "国有企业", "State-owned enterprise"));

    static final List<Code> INSTRUMENT_TYPE = List.of(
            new Code("matching_funds", "配套经费", "Matching funds"),
            new Code("subsidy", "补助", "Subsidy"),
            new Code("award", "奖励", "Award"),
            new Code("insurance_compensation", "保险补偿", "Insurance compensation"),
            new Code("investment", "投资", "Investment"),
            new Code("fast_track", "快速审评", "Fast-track review"),
            new Code("catalogue", "目录", "Catalogue listing"),
            new Code("platform", "平台建设", "Platform building"),
            new Code("talent_policy", "人才政策", "Talent policy"),
            new Code("financing_service", "融资服务", "Financing service"),
            new Code("pricing", "价格与医保", "Pricing and insurance"),
            new Code("ethics", "伦理审查", "Ethics review"),
            new Code("matchmaking", "对接活动", "Matchmaking"),
            new Code("other", "其他", "Other"));

    static final List<Code> MODALITY = List.of(
            new Code("eeg", "脑电", "EEG"),
            new Code("ecog", "皮层脑电", "ECoG"),
            new Code("spike", "神经元锋电位", "Spikes"),
            new Code("fnirs", "近红外脑功能成像", "fNIRS"),
            new Code("emg", "肌电", "EMG"),
            new Code("fmri", "功能磁共振", "fMRI"),
            new Code("meg", "脑磁图", "MEG"),
            new Code("multimodal", "多模态", "Multimodal"));

    static final List<Code> DATA_ACCESS = List.of(
            new Code("open", "开放", "Open"),
            new Code("restricted", "申请使用", "Restricted"),
            new Code("closed", "不开放", "Closed"));

    static final List<Code> EMPLOYMENT = List.of(
            new Code("full_time", "全职", "Full time"),
            new Code("part_time", "兼职", "Part time"),
            new Code("internship", "实习", "Internship"),
            new Code("postdoc", "博士后", "Postdoc"));
}
