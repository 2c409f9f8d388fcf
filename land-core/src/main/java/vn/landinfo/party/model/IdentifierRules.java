package vn.landinfo.party.model;

import vn.landinfo.shared.model.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The strict identity-document formats for parties landinfo registers from now on
 * (docs/decisions/0007-legacy-identifiers-load.md): an
 * individual by the 12-digit personal identification number (số định danh cá nhân, Decree 137/2015 and
 * Circular 59/2021/TT-BCA), an organisation by its tax code (10 digits, or 13 with a branch suffix).
 * History loads with whatever it was issued under (9-digit CMND, passports, household books); that is the
 * per-type CHECK in the database, not this class.
 *
 * <p>The personal ID carries its holder's birth: digits 1–3 are the province of birth registration
 * (001–096), digit 4 the century and gender (0/1 born 1900–1999 male/female, 2/3 born 2000–2099, …),
 * digits 5–6 the year of birth. When the request gives a birth date or gender, they must agree with
 * the number: a mismatch is almost always a typing error in one of them.
 */
public final class IdentifierRules {

    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

    private IdentifierRules() {
    }

    /** Every violation of the strict formats by this new party; {@code field} names it in the request. */
    public static List<Violation> check(PartyDetails p, String field) {
        List<Violation> found = new ArrayList<>();
        if (p.kind().equals("household") || p.kind().equals("group")) {
            found.add(Violation.of("PARTY_KIND_NOT_ALLOWED",
                    field + ": từ ngày Luật Đất đai 2024 có hiệu lực, hộ gia đình/nhóm không được đăng ký là người sử dụng đất mới; "
                            + "hãy đăng ký từng thành viên là người cùng sử dụng đất",
                    field + ": since the Land Law 2024 a household or group is not registered as a new land user; "
                            + "register each member as a joint holder"));
            return found;
        }
        switch (p.kind()) {
            case "individual" -> individual(p, field, found);
            case "organisation" -> organisation(p, field, found);
            default -> {
                // A community (cộng đồng dân cư) has no identity document; one given is checked per its type.
                if (p.idType() != null && !historicFormat(p.idType(), p.idNumber())) {
                    found.add(format(field, "số giấy tờ '" + p.idNumber() + "' không đúng định dạng loại " + p.idType(),
                            "identifier '" + p.idNumber() + "' does not match the format of type " + p.idType()));
                }
            }
        }
        return found;
    }

    private static void individual(PartyDetails p, String field, List<Violation> found) {
        if (!"personal_id".equals(p.idType()) || p.idNumber() == null || !PERSONAL_ID.matcher(p.idNumber()).matches()) {
            found.add(format(field, "cá nhân đăng ký mới phải có số định danh cá nhân 12 chữ số (nhận được: "
                            + describe(p) + ")",
                    "a new individual must be identified by a 12-digit personal identification number (got: " + describe(p) + ")"));
            return;
        }
        String n = p.idNumber();
        int province = Integer.parseInt(n.substring(0, 3));
        if (province < 1 || province > 96) {
            found.add(format(field, "ba chữ số đầu của số định danh (" + n.substring(0, 3) + ") không phải mã tỉnh nơi đăng ký khai sinh",
                    "the first three digits of the personal ID (" + n.substring(0, 3) + ") are not a province code of birth registration"));
        }
        int centuryGender = n.charAt(3) - '0';
        int yy = Integer.parseInt(n.substring(4, 6));
        LocalDate birth = p.birthDate();
        if (birth != null) {
            int century = (birth.getYear() / 100) - 19; // 1900s → 0, 2000s → 1 …
            if (century < 0 || century > 4 || centuryGender / 2 != century || birth.getYear() % 100 != yy) {
                found.add(format(field, "số định danh " + n + " không khớp năm sinh " + birth.getYear(),
                        "personal ID " + n + " does not match the year of birth " + birth.getYear()));
            }
        }
        if (p.gender() != null && (p.gender().equals("M") ? 0 : 1) != centuryGender % 2) {
            found.add(format(field, "số định danh " + n + " không khớp giới tính " + (p.gender().equals("M") ? "nam" : "nữ"),
                    "personal ID " + n + " does not match the gender " + p.gender()));
        }
    }

    private static void organisation(PartyDetails p, String field, List<Violation> found) {
        if (!"tax_code".equals(p.idType()) || p.idNumber() == null || !TAX_CODE.matcher(p.idNumber()).matches()) {
            found.add(format(field, "tổ chức đăng ký mới phải có mã số thuế 10 chữ số hoặc 13 chữ số dạng 0123456789-001 (nhận được: "
                            + describe(p) + ")",
                    "a new organisation must be identified by its tax code, 10 digits or 13 as 0123456789-001 (got: " + describe(p) + ")"));
        }
    }

    /** Whether an identifier that replaces an old one in an information change has the strict current format of its type. */
    public static boolean currentFormat(String type, String number) {
        return switch (type) {
            case "personal_id" -> number != null && PERSONAL_ID.matcher(number).matches();
            case "tax_code" -> number != null && TAX_CODE.matcher(number).matches();
            default -> false;
        };
    }

    /** The per-type formats the database accepts for any record, old or new. */
    static boolean historicFormat(String type, String number) {
        if (number == null) {
            return false;
        }
        return switch (type) {
            case "personal_id" -> number.matches("[0-9]{12}");
            case "identity_card" -> number.matches("[0-9]{9}");
            case "passport" -> number.matches("[A-Z0-9]{6,9}");
            case "tax_code" -> number.matches("[0-9]{10}(-[0-9]{3})?");
            case "household_book", "business_registration", "military_id" -> number.length() >= 1 && number.length() <= 40;
            default -> false;
        };
    }

    private static String describe(PartyDetails p) {
        return (p.idType() == null ? "no type" : p.idType()) + " " + (p.idNumber() == null ? "no number" : "'" + p.idNumber() + "'");
    }

    private static Violation format(String field, String vi, String en) {
        return Violation.of("IDENTIFIER_FORMAT", field + ": " + vi, field + ": " + en);
    }
}
