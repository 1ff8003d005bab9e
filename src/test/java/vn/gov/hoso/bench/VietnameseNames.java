package vn.gov.hoso.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Vietnamese full names as people carry them: family name (weighted by how common it is), middle name and given name
 * by gender, written with their diacritics (NFC).
 */
final class VietnameseNames {

  /** Family names with their approximate share in per mille (Nguyễn about 38 %). */
  private static final List<Object[]> FAMILY = List.of(
      new Object[] {"Nguyễn", 380}, new Object[] {"Trần", 110}, new Object[] {"Lê", 95}, new Object[] {"Phạm", 70},
      new Object[] {"Hoàng", 51}, new Object[] {"Huỳnh", 20}, new Object[] {"Phan", 45}, new Object[] {"Vũ", 39},
      new Object[] {"Võ", 20}, new Object[] {"Đặng", 21}, new Object[] {"Bùi", 20}, new Object[] {"Đỗ", 14},
      new Object[] {"Hồ", 13}, new Object[] {"Ngô", 13}, new Object[] {"Dương", 10}, new Object[] {"Lý", 5},
      new Object[] {"Đào", 8}, new Object[] {"Đinh", 8}, new Object[] {"Trịnh", 7}, new Object[] {"Lương", 6},
      new Object[] {"Mai", 5}, new Object[] {"Tạ", 4}, new Object[] {"Lại", 3}, new Object[] {"Cao", 5},
      new Object[] {"Chu", 4}, new Object[] {"Quách", 2}, new Object[] {"Tô", 3}, new Object[] {"Khúc", 2});
  private static final int FAMILY_TOTAL = FAMILY.stream().mapToInt(f -> (Integer) f[1]).sum();

  private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân",
      "Thành", "Ngọc", "Mạnh", "Tiến", "Duy", "Anh", "Quốc", "Trọng", "Đình", "Bá", "Huy");
  private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
      "Thùy", "Phương", "Bích", "Hồng", "Kim", "Thúy", "Mai", "Diệu", "Khánh", "Hải", "Lan");
  private static final List<String> GIVEN_MALE = List.of("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn",
      "Thắng", "Cường", "Quân", "Hiếu", "Trung", "Phong", "Khánh", "Toàn", "Bình", "Huy", "Đạt", "Lâm", "Thành",
      "Tùng", "Việt", "Hoàng", "Kiên", "Nghĩa", "Phúc", "Quang", "Thịnh", "Vinh", "Đức", "Hưng", "Lộc", "Tâm");
  private static final List<String> GIVEN_FEMALE = List.of("Lan", "Hương", "Hoa", "Thủy", "Hằng", "Linh", "Trang",
      "Nga", "Mai", "Hà", "Thảo", "Yến", "Nhung", "Oanh", "Phượng", "Huyền", "Ngọc", "Loan", "Dung", "Vân", "Anh",
      "Giang", "Hạnh", "Liên", "Ly", "My", "Nhàn", "Quyên", "Tâm", "Thơ", "Trâm", "Uyên", "Xuân", "Hiền");

  private VietnameseNames() {}

  static String familyName(RandomGenerator random) {
    int pick = random.nextInt(FAMILY_TOTAL);
    for (Object[] family : FAMILY) {
      pick -= (Integer) family[1];
      if (pick < 0) {
        return (String) family[0];
      }
    }
    return "Nguyễn";
  }

  /** A full name of a man ({@code male}) or a woman. */
  static String fullName(RandomGenerator random, boolean male) {
    return fullName(random, male, familyName(random));
  }

  static String fullName(RandomGenerator random, boolean male, String familyName) {
    List<String> middle = male ? MIDDLE_MALE : MIDDLE_FEMALE;
    List<String> given = male ? GIVEN_MALE : GIVEN_FEMALE;
    return familyName + " " + middle.get(random.nextInt(middle.size())) + " " + given.get(random.nextInt(given.size()));
  }
}
