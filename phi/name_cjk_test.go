package phi

import "testing"

// Names read by characters in Chinese, Japanese and Korean text.
func TestScanCJKNames(t *testing.T) {
	runCases(t, []scanCase{
		{"ZhAfterPatient", "患者王小明明天出院", []want{{Name, "王小明"}}},
		{"ZhTimeWordAfter", "患者王明明天出院", []want{{Name, "王明"}}},
		{"ZhLabelColon", "病人：李建国，出生日期 1938年5月2日", []want{{Name, "李建国"}, {Date, "1938年5月2日"}}},
		{"ZhKin", "我母亲张秀兰今天住院了", []want{{Name, "张秀兰"}}},
		{"ZhHonorific", "请告诉王先生他的检查结果", []want{{Name, "王"}}},
		{"JaHonorific", "ベッド5の田中花子さん、明日退院予定", []want{{Name, "田中花子"}}},
		{"JaDoctorTitle", "田中先生に連絡してください", nil},
		{"KoAfterPatient", "환자 김민준 씨 내일 퇴원합니다", []want{{Name, "김민준"}}},
		{"KoGluedHonorific", "김민준씨 보호자 연락처 010-1234-5678", []want{{Name, "김민준"}, {Phone, "010-1234-5678"}}},
		{"KoTeacher", "선생님께 전달 부탁드립니다", nil},
		{"JaSimilarly", "同様に対応してください", nil},
		{"NoCue", "明天开会讨论预算", nil},
		// years of age with the languages' own suffix
		{"KoAge", "환자 이순자 할머니, 95세.", []want{{Name, "이순자"}, {Age, "95"}}},
		{"ZhAge", "我母亲张秀兰，91岁，今天住院", []want{{Name, "张秀兰"}, {Age, "91"}}},
		{"ZhYoungAge", "患者王小明，45岁", []want{{Name, "王小明"}}},
	})
}
