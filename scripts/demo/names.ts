/** Name pools for realistic Chinese demo names (people, organisations, specialties). */
import { type Rng, intIn, pick, weightedIndex } from './prng.ts'

export const INDUSTRIES = ['manufacturing', 'energy', 'construction', 'transport', 'ict', 'healthcare', 'education', 'finance', 'agriculture', 'services', 'public'] as const
export type Industry = (typeof INDUSTRIES)[number]

/** Chinese label of each industry, used inside generated names. */
export const INDUSTRY_ZH: Record<Industry, string> = {
  manufacturing: '制造', energy: '能源', construction: '建筑', transport: '交通运输', ict: '信息技术', healthcare: '卫生健康',
  education: '教育', finance: '金融', agriculture: '农业', services: '服务业', public: '公共服务',
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文']
const SURNAME_W = SURNAMES.map((_, i) => 1 / (i + 6))
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建国志文辉斌鹏宇浩凯婷雪琳晨阳亮峰海东林波宁俊健飞鑫欣颖佳春立新永卫跃继忠学']

/** A Chinese personal name: common surname plus one or two given characters. */
export function personName(r: Rng): string {
  const given = r.next() < 0.62 ? pick(r, GIVEN) + pick(r, GIVEN) : pick(r, GIVEN)
  return SURNAMES[weightedIndex(r, SURNAME_W)] + given
}

const BRANDS = ['京华', '恒通', '华信', '燕山', '金诚', '长城', '永定', '博远', '中科', '兴业', '天润', '嘉禾', '瑞丰', '宏达', '鼎新', '安泰',
  '明德', '京能', '首创', '京港', '华夏', '燕京', '潮白', '云蒙', '京西', '北辰', '东方', '万通', '新元', '启明', '众诚', '正泰', '汇通',
  '弘毅', '同创', '康泰', '景润', '和信', '远望', '京源', '卓越', '利民', '九州', '盛世', '华腾', '信达', '诺德', '源丰', '宏远', '联创']

/** Organisation templates per industry; {b} brand, {d} district name, {n} small number. */
const ORGS: Record<Industry, string[]> = {
  manufacturing: ['北京{b}机械有限公司', '北京{b}汽车有限公司', '北京{b}电子科技有限公司', '北京{b}精密制造有限公司', '北京{b}装备制造有限公司', '北京{b}医药股份有限公司', '北京{b}新材料有限公司'],
  energy: ['北京{b}电力工程有限公司', '北京{b}燃气有限公司', '北京{b}热力有限公司', '国网北京{d}供电公司', '北京{b}新能源有限公司'],
  construction: ['北京{b}建工集团有限公司', '北京{b}市政路桥有限公司', '北京{b}建设工程有限公司', '北京{b}建筑设计研究院'],
  transport: ['北京{b}物流有限公司', '北京{b}运输有限公司', '北京公交集团{d}客运分公司', '北京{b}轨道交通运营有限公司'],
  ict: ['北京{b}信息技术有限公司', '北京{b}软件股份有限公司', '北京{b}通信技术有限公司', '北京{b}数据科技有限公司', '北京{b}网络科技有限公司'],
  healthcare: ['北京市{d}{b}医院', '北京市{d}妇幼保健院', '北京市{d}中医医院', '北京市{d}疾病预防控制中心', '北京{b}医疗器械有限公司'],
  education: ['北京市{d}第{n}中学', '北京市{d}职业学校', '北京{b}职业技术学院', '北京市{d}{b}小学'],
  finance: ['北京{b}银行{d}支行', '北京{b}证券有限公司', '北京{b}保险经纪有限公司', '北京{b}融资担保有限公司'],
  agriculture: ['北京市{d}农业技术推广站', '北京市{d}农业服务中心', '北京{b}农业专业合作社', '北京{b}种业有限公司', '北京{b}蜂业有限公司'],
  services: ['北京{b}酒店管理有限公司', '北京{b}商贸有限公司', '北京{b}家政服务有限公司', '北京{b}物业管理有限公司', '北京{b}餐饮有限公司', '北京{b}文化旅游有限公司'],
  public: ['国家税务总局北京市{d}税务局', '北京市{d}市场监督管理局', '北京市{d}人民法院', '北京市{d}城市管理委员会', '北京市{d}政务服务中心'],
}

/** Fields of work per industry, for workshop names without a leader and competition names. */
export const SPECIALTIES: Record<Industry, string[]> = {
  manufacturing: ['数控加工', '焊接工艺', '精密装配', '智能产线', '模具设计', '质量检测'],
  energy: ['配网运维', '带电作业', '热网调度', '燃气安全', '储能技术', '变电检修'],
  construction: ['装配式建筑', '盾构施工', '钢结构', '智慧工地', '桥梁检测', 'BIM应用'],
  transport: ['车辆检修', '信号维护', '智慧调度', '冷链物流', '叉车作业', '汽车维修'],
  ict: ['网络安全', '数据治理', '5G应用', '软件研发', '人工智能', '云平台运维'],
  healthcare: ['护理质量', '微创外科', '中医康复', '急诊急救', '检验技术', '药学服务'],
  education: ['课程建设', '实训教学', '数字教育', '教研创新', '职业技能培训'],
  finance: ['金融科技', '风险管理', '智能客服', '普惠金融', '反欺诈'],
  agriculture: ['草莓种植', '设施农业', '蜂产品', '果树栽培', '植物保护', '农机推广'],
  services: ['家政服务', '客房服务', '烹饪技艺', '物业服务', '养老护理', '民宿管理'],
  public: ['数字政务', '便民服务', '税收服务', '新媒体', '基层治理', '法律服务'],
}

/** A realistic employer name in the given industry and district. */
export function orgName(r: Rng, industry: Industry, districtZh: string): string {
  return pick(r, ORGS[industry])
    .replace('{b}', pick(r, BRANDS))
    .replace('{d}', districtZh)
    .replace('{n}', String(intIn(r, 1, 30)))
}
