package org.practiceexchange.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for the test command: single-node discovery, HTTP and transport on
 * 127.0.0.1 only, data under the given directory, with the Netty transport and the common analysis
 * plugins taken from the class path (as OpenSearch's own test framework does) and no security
 * plugin. Runs until the process is stopped.
 *
 * <pre>java -cp ... org.practiceexchange.ops.OpenSearchNode HTTP_PORT DIR</pre>
 */
public final class OpenSearchNode extends Node {

	private OpenSearchNode(Settings settings) {
		super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "exchange-test"),
			List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: OpenSearchNode HTTP_PORT DIR");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		Path dir = Path.of(args[1]).toAbsolutePath();
		Files.createDirectories(dir.resolve("data"));
		Files.createDirectories(dir.resolve("logs"));
		Settings settings = Settings.builder()
			.put("cluster.name", "exchange-test")
			.put("node.name", "exchange-test")
			.put("path.home", dir.toString())
			.put("path.data", dir.resolve("data").toString())
			.put("path.logs", dir.resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", port)
			.put("transport.port", (port + 100) + "-" + (port + 199))
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			// A throwaway node on a shared machine: no disk watermarks, no memory locking.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("bootstrap.memory_lock", false)
			.put("action.auto_create_index", true)
			.build();
		OpenSearchNode node = new OpenSearchNode(settings);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (Exception e) {
				e.printStackTrace();
			}
			stopped.countDown();
		}, "opensearch-stop"));
		node.start();
		System.out.println("OpenSearch node started on http://127.0.0.1:" + port);
		stopped.await();
	}
}
