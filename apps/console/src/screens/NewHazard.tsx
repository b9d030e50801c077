import { StepForm } from '../components/StepForm';
import { useT } from '../i18n';
import { go } from '../router';
import { useConsole } from '../state';

/** 发现隐患: the discovery form, generated from POST /hazards like every other step. */
export const NewHazard = () => {
  const { t } = useT();
  const { openApi } = useConsole();
  const summary = openApi?.paths['/hazards']?.post?.summary ?? '';
  return (
    <StepForm
      step={{ command: 'DiscoverHazard', path: '/hazards', signed: false }}
      title={summary || t(['登记隐患', 'Record a hazard'])}
      onDone={(accepted) => go('hazards', accepted.id)}
    />
  );
};
