package vn.landinfo.mapserver.metadata;

/**
 * Who answers for the service: the capabilities' ContactInformation, which a national spatial-data
 * infrastructure's catalogue harvests. The office that registers land in the province runs the service.
 * Blank optional fields (telephone, e-mail) are left out of the document.
 */
public record ServiceContact(String person, String organization, String position, String addressType, String address,
                             String city, String stateOrProvince, String postCode, String country, String telephone,
                             String email) {

    /** A land registration office's reception, the defaults a deployment overrides with its own. */
    public static ServiceContact registrationOffice() {
        return new ServiceContact("Bộ phận tiếp nhận và trả kết quả / Reception desk",
                "Văn phòng Đăng ký đất đai / Land Registration Office",
                "Quản lý cơ sở dữ liệu địa chính / Cadastral database management", "postal",
                "Trụ sở Văn phòng Đăng ký đất đai", "Hà Nội", "Thành phố Hà Nội", "100000", "Việt Nam", "",
                "vpdkdd@landinfo.example");
    }
}
