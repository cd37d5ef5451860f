package org.skyroad.station.sync;

import java.nio.file.Path;

/**
 * A batch made for a peer. {@code file} is null when the batch was only stored for upload
 * (sync now, or a hub's return batch fetched over the network).
 */
public record ExportResult(Path file, String fileName, String to, long seq, long recordCount, long byteSize) {
}
