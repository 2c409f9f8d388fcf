package vn.landinfo.mapserver.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One encoded tile and its entity tag. The tag is a digest of the bytes, so it comes from the data:
 * every instance serving the same data gives the same tag
 * (docs/decisions/0017-tile-cache-invalidation-across-instances.md), and a tile whose content did not
 * change keeps its tag even after its cache entry was dropped.
 */
public record Tile(byte[] mvt, String etag) {

    public static Tile of(byte[] mvt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mvt);
            return new Tile(mvt, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean empty() {
        return mvt.length == 0;
    }
}
