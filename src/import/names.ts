import { resolveDistrict } from '../domain/districts'

/**
 * A district as offices write it: 密云区总工会, 北京市密云区, 密云区工会, 密云县, "密 云", full-width forms → 110118.
 * The federation itself (北京市总工会, 市总工会, 全市) is the city, 110000, never an unknown district.
 */
export function districtFromText(raw: string | number): string | null {
  const direct = resolveDistrict(raw)
  if (direct) return direct
  const s = String(raw).normalize('NFKC').replace(/[\s\u3000·]+/g, '')
  if (/^(北京市?)?市?总工会$|^市总$|^全市合计$/.test(s)) return resolveDistrict('北京市')
  const bare = s.replace(/^北京市?/, '').replace(/(总工会|工会|职工服务中心)$/, '').replace(/委员会$/, '')
  return bare ? resolveDistrict(bare) : null
}
