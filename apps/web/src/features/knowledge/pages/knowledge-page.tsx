import { Skeleton, Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { canManageTeam, useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { UpgradeHint } from '../../plan/components/upgrade-hint';
import { featureHint } from '../../plan/lib/plan-hints';
import { AiSettingsCard } from '../components/ai-settings-card';
import { ArticlesCard } from '../components/articles-card';
import { AskCard } from '../components/ask-card';
import { FactsCard } from '../components/facts-card';

/** `/settings/knowledge`: what the AI answers from, how it answers, and a way to try it. */
export function KnowledgePage() {
  useDocumentTitle('Knowledge & AI · Stayzr');
  const me = useMe();
  const canEdit = canManageTeam(me);
  const settings = trpc.knowledge.ai.settings.useQuery();
  const plan = me.organization?.plan ?? 'starter';

  return (
    <Stack gap="xl" maw={1000}>
      <PageHeader
        title="Knowledge & AI"
        description="The hotel's answers to the questions guests ask all day. AI replies use only this knowledge and hand over to your team when unsure."
      />
      {settings.data && !settings.data.available ? (
        <UpgradeHint hint={featureHint('aiAutomation', plan)} canUpgrade={canEdit} />
      ) : null}
      <Tabs defaultValue="articles" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="articles">Articles</Tabs.Tab>
          <Tabs.Tab value="facts">Hotel facts</Tabs.Tab>
          <Tabs.Tab value="ask">Ask a question</Tabs.Tab>
          <Tabs.Tab value="ai">AI settings</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="articles" pt="md">
          <ArticlesCard canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="facts" pt="md">
          <FactsCard canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="ask" pt="md">
          {settings.data?.available === false ? null : <AskCard />}
        </Tabs.Panel>
        <Tabs.Panel value="ai" pt="md">
          {settings.isPending ? (
            <Skeleton h={240} />
          ) : settings.isError ? (
            <QueryError
              title="Could not load the AI settings"
              error={settings.error}
              retrying={settings.isFetching}
              onRetry={() => void settings.refetch()}
            />
          ) : settings.data.available ? (
            <AiSettingsCard settings={settings.data} canEdit={canEdit} />
          ) : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
