package jp.tokyo.mcc.conversation.internal.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Flow versions in the table {@code conversation_flow_version}. */
@Repository
class JdbcFlowSources implements FlowSources {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcFlowSources(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void save(String flowId, String version, String fileName, String source) {
        tx.executeWithoutResult(s -> {
            int updated = jdbc.sql("UPDATE conversation_flow_version SET file_name = ?, stored_at = ? "
                            + "WHERE flow_id = ? AND version = ?")
                    .param(fileName).param(Timestamp.from(Instant.now())).param(flowId).param(version).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO conversation_flow_version (flow_id, version, file_name, source, stored_at) "
                                + "VALUES (?,?,?,?,?)")
                        .param(flowId).param(version).param(fileName).param(source)
                        .param(Timestamp.from(Instant.now())).update();
            }
        });
    }

    @Override
    public Optional<String> source(String flowId, String version) {
        return jdbc.sql("SELECT source FROM conversation_flow_version WHERE flow_id = ? AND version = ?")
                .param(flowId).param(version).query(String.class).optional();
    }

    @Override
    public Optional<String> latestOfFile(String fileName) {
        return jdbc.sql("SELECT source FROM conversation_flow_version WHERE file_name = ? ORDER BY stored_at DESC")
                .param(fileName).query(String.class).list().stream().findFirst();
    }
}
