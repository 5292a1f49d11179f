package id.slrt.caseengine.tasklist;

import id.slrt.caseengine.platform.EngineLists;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Task queries (Tasklist filters, the engine REST task and filter endpoints) are planned with their actual
 * parameters, and lists of tasks without parallel workers. PostgreSQL switches a prepared statement to a generic
 * plan after a few executions; for the authorization check of a task query ({@code PERMS_ & ? = ?}) the generic
 * plan cannot use the expression statistics of {@link id.slrt.caseengine.platform.EngineTableTuning} and rescans
 * every grant for every task:
 * 1.2 s instead of 8 ms for the first 50 of 100,000 open tasks (docs/performance.md). Only the transactions of
 * task queries pay for planning each time; every other transaction keeps PostgreSQL's plan cache. A task query
 * run inside a larger transaction (the SLA steps look up the open tasks of their instance) leaves the rest of
 * that transaction planned the same way.
 *
 * <p>A page of tasks is a LIMIT query that stops after a few hundred index lookups (under 2 ms serially); with
 * parallel workers the leader waited 8 ms for them to start and the query took 10-13 ms (docs/performance.md). A
 * filter's total count visits every visible task and keeps the workers (1.8 s instead of 2.5 s at 100,000); the
 * rarely used count of a plain task query ({@code /task/count}) cannot be told from its list and runs serially.
 */
@Component
public class CustomPlansForTaskQueries extends AbstractProcessEnginePlugin {

    static final String CUSTOM_PLANS = "select set_config('plan_cache_mode', 'force_custom_plan', true)";
    static final String CUSTOM_SERIAL_PLANS = "select set_config('plan_cache_mode', 'force_custom_plan', true), "
            + "set_config('max_parallel_workers_per_gather', '0', true)";

    private final DataSource dataSource;

    public CustomPlansForTaskQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandInterceptor interceptor = new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                // A filter runs its stored query inside its own command, not as a separate query command.
                if (command instanceof ExecuteFilterCountCmd) {
                    plan(CUSTOM_PLANS);
                } else if (command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd) {
                    plan(CUSTOM_SERIAL_PLANS);
                }
                return next.execute(command);
            }
        };
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
    }

    /** A local setting lasts until the end of the command's transaction, on the connection the engine uses. */
    void plan(String settings) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(settings);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the plan settings for a task query", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
