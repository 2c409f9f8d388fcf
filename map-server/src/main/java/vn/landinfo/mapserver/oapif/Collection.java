package vn.landinfo.mapserver.oapif;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.OgcResponse;

/** {@code /collections/{collectionId}}: one feature type described. */
final class Collection {

    private final CollectionDescriptions descriptions;

    Collection(CollectionDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    OgcResponse handle(FeaturesRequest request, FeatureType type) {
        Format format = Format.ofOnlyF(request, Format.JSON);
        String base = request.baseUrl();
        String url = base + "/collections/" + type.name();
        List<Link> self = Link.selfAndAlternate(url, format, Format.JSON, type.layer().titleVi(), type.layer().titleEn());
        if (format == Format.HTML) {
            return new HtmlPage(base, type.layer().titleVi(), type.layer().titleEn())
                    .breadcrumb(List.of(new String[] {"Trang đầu / Home", base + "?f=html"},
                            new String[] {"Các tập dữ liệu / Collections", base + "/collections?f=html"},
                            new String[] {type.layer().titleVi(), url}))
                    .heading(1, type.layer().titleVi(), type.layer().titleEn())
                    .definitions("Mô tả tập dữ liệu", "About the collection", descriptions.htmlRows(type))
                    .heading(2, "Liên kết", "Links")
                    .links(descriptions.links(type, base))
                    .response();
        }
        return OgcResponse.text(200, format.contentType(), descriptions.json(type, base, self));
    }
}
