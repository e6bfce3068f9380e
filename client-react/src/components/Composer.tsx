import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors, type FormErrors } from '../api/formErrors';
import type { Post } from '../api/types';
import { useApi } from '../auth/authContext';
import { ALLOWED_IMAGE_TYPES, IMAGE_SIZE_MESSAGE, IMAGE_TYPE_MESSAGE, validateImage } from '../validation/image';
import { MAX_POST_LENGTH, validatePostText } from '../validation/post';
import { limits } from '../api/limits';

type ComposerField = 'text' | 'image';
const COMPOSER_FIELDS: readonly ComposerField[] = ['text', 'image'];

interface SelectedImage {
  file: File;
  previewUrl: string;
}

export function Composer() {
  const api = useApi();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [image, setImage] = useState<SelectedImage | null>(null);
  const [errors, setErrors] = useState<FormErrors<ComposerField>>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Post | null>(null);

  // Release the preview's object URL when the image is replaced, removed or the composer unmounts.
  useEffect(() => {
    if (!image) return;
    return () => URL.revokeObjectURL(image.previewUrl);
  }, [image]);

  const overLimit = text.length > MAX_POST_LENGTH;

  function clearImage() {
    setImage(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function handleImageChange(file: File | undefined) {
    setCreated(null);
    if (!file) {
      clearImage();
      return;
    }
    const problem = validateImage(file);
    setErrors((current) => ({ ...current, fields: { ...current.fields, image: problem } }));
    if (problem) {
      clearImage();
      return;
    }
    setImage({ file, previewUrl: URL.createObjectURL(file) });
  }

  function handleRemoveImage() {
    clearImage();
    setErrors((current) => ({ ...current, fields: { ...current.fields, image: undefined } }));
    fileInput.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const textProblem = validatePostText(text, image !== null);
    if (textProblem) {
      setErrors({ fields: { text: textProblem } });
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({ fields: {} });
    setCreated(null);
    try {
      const post = await api.createPost(text, image?.file ?? null);
      setText('');
      clearImage();
      setCreated(post);
    } catch (error) {
      setErrors(
        toFormErrors(error, COMPOSER_FIELDS, {
          413: { field: 'image', message: IMAGE_SIZE_MESSAGE },
          415: { field: 'image', message: IMAGE_TYPE_MESSAGE },
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const textErrorId = `${id}-text-error`;
  const counterId = `${id}-counter`;
  const imageErrorId = `${id}-image-error`;

  return (
    <section className="card composer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sr-only">
        Start a post
      </h2>
      <form onSubmit={handleSubmit} noValidate aria-busy={busy}>
        <label htmlFor={`${id}-text`} className="label">
          What do you want to talk about?
        </label>
        <textarea
          ref={textarea}
          id={`${id}-text`}
          className="textarea"
          rows={4}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setCreated(null);
            if (errors.fields.text) setErrors((current) => ({ ...current, fields: { ...current.fields, text: undefined } }));
          }}
          aria-invalid={Boolean(errors.fields.text) || overLimit}
          aria-describedby={errors.fields.text ? `${counterId} ${textErrorId}` : counterId}
        />
        <div className="composer-meta">
          <span id={counterId} className={overLimit ? 'counter counter-over' : 'counter'}>
            {text.length} / {MAX_POST_LENGTH} <span className="sr-only">characters</span>
          </span>
        </div>
        {errors.fields.text && (
          <p id={textErrorId} className="field-error" role="alert">
            {errors.fields.text}
          </p>
        )}

        {image && (
          <figure className="image-preview">
            <img src={image.previewUrl} alt={`Preview of ${image.file.name}`} />
            <button type="button" className="button button-quiet" onClick={handleRemoveImage}>
              Remove image
            </button>
          </figure>
        )}

        <div className="composer-actions">
          <div className="file-picker">
            <label htmlFor={`${id}-image`} className="label">
              Add image
            </label>
            <input
              ref={fileInput}
              id={`${id}-image`}
              type="file"
              accept={ALLOWED_IMAGE_TYPES.join(',')}
              onChange={(event) => handleImageChange(event.target.files?.[0])}
              aria-invalid={Boolean(errors.fields.image)}
              aria-describedby={errors.fields.image ? imageErrorId : undefined}
            />
            <span className="hint">JPEG, PNG, GIF or WebP, up to {limits.maxImageMegabytes} MB.</span>
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Posting…' : 'Post'}
          </button>
        </div>
        {errors.fields.image && (
          <p id={imageErrorId} className="field-error" role="alert">
            {errors.fields.image}
          </p>
        )}
        {errors.general && (
          <p className="form-error" role="alert">
            {errors.general}
          </p>
        )}
      </form>
      <div role="status">
        {created && (
          <p className="form-success">
            Posted. <Link to={`/posts/${encodeURIComponent(created.id)}`}>View your post</Link>
          </p>
        )}
      </div>
    </section>
  );
}
