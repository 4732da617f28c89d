package org.earlyhelp.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The local suite's master key (decision 0060): the Tink keyset that wraps each service's data keys, beside the data
 * directory it protects and never inside it ({@code <data-dir>.master-key.json}, readable by its owner only). Made
 * at the first start, kept as long as the data is, deleted with it by {@code --reset}. Without it the data cannot be
 * read: back it up with the data (README, "Where the data lives"). In Kubernetes it is a Secret instead.
 */
final class MasterKeyFile {

    /** The key's name in a backup directory, beside the dumps it unlocks. */
    static final String BACKUP_NAME = "master-key.json";

    private MasterKeyFile() {
    }

    static Path of(StackOptions options) {
        Path data = options.dataDir().toAbsolutePath();
        return data.resolveSibling(data.getFileName() + ".master-key.json");
    }

    /**
     * Deletes the key when {@code reset}; takes the backup's key on {@code --restore} (what its data was sealed with);
     * then makes one if there is none. Returns its path.
     */
    static Path prepare(StackOptions options) throws IOException {
        Path file = of(options);
        if (options.reset()) {
            Files.deleteIfExists(file);
        }
        Path backedUp = options.restoreFrom() == null ? null : options.restoreFrom().resolve(BACKUP_NAME);
        if (backedUp != null && Files.isRegularFile(backedUp)) {
            Files.createDirectories(file.getParent());
            Files.copy(backedUp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            AeadConfig.register();
            String keyset = TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, keyset);
            Files.move(partial, file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the local master key", e);
        }
        return file;
    }
}
