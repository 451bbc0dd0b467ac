package ma.hirfa.registry.document;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Supporting documents in {@code reg_document}. Lists never read the bytes; every query names the artisan,
 * so a document is only reached through a file the caller was allowed to open.
 */
@Repository
class SupportingDocumentRepository {

    private static final String COLUMNS = "id, artisan_id, region_code, kind, file_name, content_type, size_bytes,"
            + " sha256, uploaded_by, uploaded_at";

    private final JdbcTemplate jdbc;

    SupportingDocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SupportingDocument insert(SupportingDocument document, byte[] content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into reg_document (artisan_id, region_code, kind, file_name, content_type,"
                                    + " size_bytes, sha256, content, uploaded_by, uploaded_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, document.artisanId());
                    insert.setString(2, document.regionCode());
                    insert.setString(3, document.kind().name());
                    insert.setString(4, document.fileName());
                    insert.setString(5, document.contentType());
                    insert.setLong(6, document.sizeBytes());
                    insert.setString(7, document.sha256());
                    insert.setBytes(8, content);
                    insert.setString(9, document.uploadedBy());
                    insert.setTimestamp(10, Timestamp.from(document.uploadedAt()));
                    return insert;
                },
                key);
        return document.withId(key.getKeyAs(Number.class).longValue());
    }

    /** The documents of a file, newest first. */
    List<SupportingDocument> ofArtisan(long artisanId) {
        return jdbc.query(
                "select " + COLUMNS + " from reg_document where artisan_id = ? order by uploaded_at desc, id desc",
                SupportingDocumentRepository::document,
                artisanId);
    }

    Optional<SupportingDocument> find(long artisanId, long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from reg_document where artisan_id = ? and id = ?",
                        SupportingDocumentRepository::document,
                        artisanId,
                        id)
                .stream()
                .findFirst();
    }

    Optional<SupportingDocumentFile> file(long artisanId, long id) {
        return jdbc
                .query(
                        "select file_name, content_type, content from reg_document where artisan_id = ? and id = ?",
                        (rs, row) -> new SupportingDocumentFile(
                                rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")),
                        artisanId,
                        id)
                .stream()
                .findFirst();
    }

    void delete(long artisanId, long id) {
        jdbc.update("delete from reg_document where artisan_id = ? and id = ?", artisanId, id);
    }

    private static SupportingDocument document(ResultSet rs, int row) throws SQLException {
        return new SupportingDocument(
                rs.getLong("id"),
                rs.getLong("artisan_id"),
                rs.getString("region_code"),
                SupportingDocumentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
